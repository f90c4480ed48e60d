import { photoThumbnailUrl } from "@/lib/photos/photo-url";

/** The initials of a name: the surname character for Chinese names, first and last initials for Latin ones. */
export function initials(name: string): string {
  const trimmed = name.trim();
  if (!trimmed) return "?";
  if (/^[\p{Script=Han}]/u.test(trimmed)) return Array.from(trimmed)[0]!;
  const words = trimmed.split(/\s+/);
  const first = Array.from(words[0]!)[0] ?? "";
  const last = words.length > 1 ? (Array.from(words.at(-1)!)[0] ?? "") : "";
  return (first + last).toUpperCase();
}

const sizes = { sm: "h-10 w-10 text-base", md: "h-14 w-14 text-lg", lg: "h-28 w-28 text-4xl" } as const;

/** A speaker's photo, or their initials when there is none. Decorative: the name is always written beside it. */
export function SpeakerAvatar({
  name,
  photo,
  size = "md",
}: {
  name: string;
  photo: string | null;
  size?: keyof typeof sizes;
}) {
  if (photo) {
    // Photos are already resized at upload (400 px, 96 px thumbnail) or outside addresses:
    // a plain lazy img, no image optimizer. Lists show 40 px pictures, so they get the thumbnail.
    return (
      // eslint-disable-next-line @next/next/no-img-element
      <img
        src={size === "sm" ? photoThumbnailUrl(photo)! : photo}
        alt=""
        loading="lazy"
        className={`${sizes[size]} shrink-0 rounded-full object-cover`}
      />
    );
  }
  return (
    <span
      aria-hidden="true"
      className={`${sizes[size]} grid shrink-0 place-items-center rounded-full bg-brand-100 font-semibold text-brand-700`}
    >
      {initials(name)}
    </span>
  );
}
