import { locales, type Locale } from "@/lib/domain/vocabulary";
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
    <FormField label={label} name="defaultLocale" error={error}>
      <select
        id="field-defaultLocale"
        name="defaultLocale"
        // Re-made with the value to show, so a refused save shows what was picked rather than what was saved.
        key={defaultValue}
        defaultValue={defaultValue}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? "field-defaultLocale-error" : undefined}
        className="mt-1 block w-full rounded-md border border-slate-300 px-3 py-2 aria-[invalid=true]:border-red-600"
      >
        {locales.map((l) => (
          <option key={l} value={l}>
            {localeNames[l]}
          </option>
        ))}
      </select>
    </FormField>
  );
}
