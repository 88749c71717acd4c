import { qrMatrix } from './encode';

/** A QR code drawn as one SVG path (dark modules), with the standard's four-module quiet zone. */
export function QrCode({ text, label, className }: { text: string; label: string; className?: string }) {
  const m = qrMatrix(text);
  const q = 4;
  let d = '';
  m.forEach((row, y) =>
    row.forEach((dark, x) => {
      if (dark) d += `M${x + q} ${y + q}h1v1h-1z`;
    }),
  );
  const side = m.length + 2 * q;
  return (
    <svg
      role="img"
      aria-label={label}
      viewBox={`0 0 ${side} ${side}`}
      shapeRendering="crispEdges"
      className={className}
    >
      <rect width={side} height={side} fill="#fff" />
      <path d={d} fill="#000" />
    </svg>
  );
}
