import { useState } from 'react';
export function Counter() {
  const [n] = useState(0);
  return <output>{n}</output>;
}
