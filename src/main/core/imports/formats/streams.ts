import type { Importer } from '../records';

// The streamed formats (Apple Health, Garmin, Fitbit, Health Connect, GPX, TCX, FIT) register here.
export const streamImporters: Importer[] = [];
