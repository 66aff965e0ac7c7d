/** A #rrggbb colour as the [r, g, b, a] array the badge API reports. */
export const rgba = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).concat(255);
