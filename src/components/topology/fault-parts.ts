import { lazy } from 'react';

/**
 * What fault mode draws and shows: only a reader who chooses a fault needs it, so both parts
 * arrive together, in one file, when the reader reaches for "What can go wrong".
 */
export const loadFaultParts = () => import('./FaultParts.tsx');
export const FaultPanel = lazy(() => loadFaultParts().then((parts) => ({ default: parts.FaultPanel })));
export const FaultLayer = lazy(() => loadFaultParts().then((parts) => ({ default: parts.FaultLayer })));
