export function StatusChip({ text, tone }: { text: string; tone: 'ok' | 'warn' | 'bad' | 'info' }) {
  return <span className={`chip ${tone}`}>{text}</span>;
}
