/**
 * Radar chart of the assessment dimensions (plain SVG): one axis per
 * dimension, strength 0–1 from the core's report (min(1, mentions / 3)).
 */
import type { DimensionCoverage } from '@redline/core';

/** Props: the report's dimensions; `size` in CSS px. */
export function Radar({ dims, size = 260 }: { dims: DimensionCoverage[]; size?: number }) {
  const n = dims.length;
  const width = size + 110; // room for labels left and right
  const cx = width / 2;
  const cy = size / 2 + 4;
  const R = size / 2 - 46;
  const pt = (i: number, r: number) => {
    const a = -Math.PI / 2 + (2 * Math.PI * i) / Math.max(n, 1);
    return [cx + r * Math.cos(a), cy + r * Math.sin(a)] as const;
  };
  const poly = (r: (i: number) => number) => dims.map((_, i) => pt(i, r(i)).join(',')).join(' ');
  return (
    <svg width={width} height={size + 8} viewBox={`0 0 ${width} ${size + 8}`} role="img" aria-label="考核维度雷达图" data-testid="radar">
      {[0.25, 0.5, 0.75, 1].map((k) => (
        <polygon key={k} points={poly(() => R * k)} fill="none" stroke="#dadce0" strokeWidth={1} />
      ))}
      {dims.map((_, i) => {
        const [x, y] = pt(i, R);
        return <line key={i} x1={cx} y1={cy} x2={x} y2={y} stroke="#dadce0" />;
      })}
      {n > 2 && <polygon data-testid="radar-area" points={poly((i) => R * Math.max(0.02, dims[i].strength))} fill="rgba(217,48,37,.25)" stroke="#d93025" strokeWidth={2} />}
      {dims.map((d, i) => {
        const [x, y] = pt(i, R + 22);
        return (
          <text key={d.id} x={x} y={y} textAnchor="middle" dominantBaseline="middle" fontSize={12} fill={d.covered ? '#202124' : '#d93025'}>
            {d.name}
            {d.covered ? '' : '（缺）'}
          </text>
        );
      })}
    </svg>
  );
}
