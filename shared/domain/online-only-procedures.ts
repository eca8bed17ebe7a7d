/**
 * The built-in list of online-only procedures (Directive 24/CT-TTg). Plain data, checked
 * by onlineOnlyCatalogueSchema when loaded. Training list: IT confirms each code against
 * the province's published list of essential online services before production use.
 */
export const ONLINE_ONLY_PROCEDURES: unknown = {
  basis: 'Chỉ thị 24/CT-TTg ngày 13/09/2025',
  procedures: [
    { code: '1.004194', from: '2025-10-01' },
    { code: '1.004222', from: '2025-10-01' },
    { code: '2.000488', from: '2025-10-01' },
    { code: '1.002809', from: '2025-10-01' },
  ],
};
