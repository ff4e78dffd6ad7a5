/** Fault mode's two parts, in one file the browser loads on demand (see fault-parts.ts). */
export { default as FaultLayer } from './FaultLayer.tsx';
export { default as FaultPanel } from './FaultPanel.tsx';
