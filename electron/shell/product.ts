/** The name shown in the window title and native dialogs (same in both languages). */
export const PRODUCT_NAME = 'OneStop Desk';
