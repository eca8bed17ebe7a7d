/** The product's name: window title, native dialogs, data folders, messages (same in both languages). */
export const PRODUCT_NAME = 'OneStop Desk';
