import fs from 'fs';
export const f = fs;
