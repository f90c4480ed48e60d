import { qrSymbol } from "@/lib/qr/qr-code";

/**
 * A QR code drawn on the server as inline SVG. `label` names what it leads to for
 * people who cannot scan it; the address itself is best printed beside it.
 */
export function QrCode({ value, label, className }: { value: string; label: string; className?: string }) {
  const { size, path } = qrSymbol(value);
  return (
    <svg
      viewBox={`0 0 ${size} ${size}`}
      role="img"
      aria-label={label}
      shapeRendering="crispEdges"
      className={className}
      data-qr-value={value}
    >
      <rect width={size} height={size} fill="#fff" />
      <path d={path} fill="#000" />
    </svg>
  );
}
