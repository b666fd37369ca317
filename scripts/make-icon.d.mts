// Types for scripts/make-icon.mjs.
export const SIZE: number;
export function iconSvg(): string;
export function iconScanlines(): Buffer;
export function iconPng(): Buffer;
