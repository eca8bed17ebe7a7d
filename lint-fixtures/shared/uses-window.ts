export const where = window.location.href;
