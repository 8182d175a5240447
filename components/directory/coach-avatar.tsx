/** A coach's photo (served by /api/files/photos/[userId]) or, without one, their initials. */
export function CoachAvatar({
  userId,
  name,
  hasPhoto,
  alt,
  size = "md",
}: {
  userId: string;
  name: string | null;
  hasPhoto: boolean;
  alt: string;
  size?: "md" | "lg";
}) {
  const box = size === "lg" ? "avatar avatar-lg" : "avatar";
  if (hasPhoto) {
    return (
      // eslint-disable-next-line @next/next/no-img-element -- a private, uncached route: nothing for next/image to optimise
      <img src={`/api/files/photos/${userId}`} alt={alt} className={`${box} object-cover ring-1 ring-slate-200`} />
    );
  }
  const initials = (name ?? "?")
    .split(/\s+/)
    .filter(Boolean)
    .map((w) => w[0])
    .filter((_, i, all) => i === 0 || i === all.length - 1)
    .join("")
    .toUpperCase();
  return (
    <span aria-hidden="true" className={`${box} avatar-initials`}>
      {initials}
    </span>
  );
}
