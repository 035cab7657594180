/** One benchmark figure against its bound: `ratio` = value / bound, and the target says what passes. */
export interface Figure {
  name: string;
  value: number;
  unit: string;
  bound: number;
  target: string;
  ok: boolean;
  /** Context printed under the figure, such as the floor the machine sets. */
  note?: string;
}

export function report(figure: Figure): Figure {
  const ratio = figure.value / figure.bound;
  console.log(
    `${figure.ok ? 'ok  ' : 'MISS'} ${figure.name}: ${figure.value.toFixed(1)} ${figure.unit} ` +
      `(bound ${figure.bound.toFixed(1)} ${figure.unit}, ratio ${ratio.toFixed(2)}; target ${figure.target})`,
  );
  if (figure.note) console.log(`     ${figure.note}`);
  return figure;
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}
