/**
 * Whole numbers as Vietnamese text ("1.234.567"). One formatter for the app: `toLocaleString`
 * builds a new one per call, which showed in the lookup screen's keystroke profile.
 */
const VI_NUMBER = new Intl.NumberFormat('vi-VN');

export const formatNumberVi = (value: number): string => VI_NUMBER.format(value);
