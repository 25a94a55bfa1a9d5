/** `text` within `maxChars`: cut with an ellipsis when longer (the ellipsis counts). */
export function shortened(text: string, maxChars: number): string {
  return text.length > maxChars ? `${text.slice(0, maxChars - 1).trimEnd()}…` : text;
}
