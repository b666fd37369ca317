// The importers that stream large exports and activity files. Their detections are exclusive (an Apple
// Health zip, a Garmin account export, a Fitbit Takeout, a Health Connect zip, a zip of activities, or a
// single GPX, TCX or FIT file), so their order here only sets the order of the supported-formats list.
import type { Importer } from '../records';
import { activitiesImporter } from './activities';
import { appleHealthImporter } from './appleHealth';
import { fitImporter } from './fit';
import { fitbitImporter } from './fitbit';
import { garminImporter } from './garmin';
import { gpxImporter } from './gpx';
import { healthConnectImporter } from './healthConnect';
import { tcxImporter } from './tcx';

export const streamImporters: Importer[] = [
  appleHealthImporter,
  garminImporter,
  fitbitImporter,
  healthConnectImporter,
  activitiesImporter,
  gpxImporter,
  tcxImporter,
  fitImporter,
];
