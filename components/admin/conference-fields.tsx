import { locales, type Locale } from "@/lib/domain/vocabulary";
import { SelectField } from "./choice-fields";
import { FormField } from "./form-field";

const localeNames: Record<Locale, string> = { "zh-CN": "中文（简体）", en: "English" };

/** An IANA time zone, typed with suggestions from the list the server knows. */
export function TimeZoneField({
  label,
  hint,
  defaultValue,
  error,
  zones,
}: {
  label: string;
  hint: string;
  defaultValue: string;
  error?: string;
  zones: readonly string[];
}) {
  return (
    <>
      <FormField
        label={label}
        name="timeZone"
        defaultValue={defaultValue}
        error={error}
        hint={hint}
        list="time-zones"
        autoComplete="off"
        required
      />
      <datalist id="time-zones">
        {zones.map((z) => (
          <option key={z} value={z} />
        ))}
      </datalist>
    </>
  );
}

/** The language the conference's own texts are written in. */
export function DefaultLocaleField({
  label,
  defaultValue,
  error,
}: {
  label: string;
  defaultValue: string;
  error?: string;
}) {
  return (
    <SelectField
      // Re-made with the value to show, so a refused save shows what was picked rather than what was saved.
      key={defaultValue}
      label={label}
      name="defaultLocale"
      defaultValue={defaultValue}
      error={error}
      options={locales.map((l) => ({ value: l, label: localeNames[l] }))}
    />
  );
}
