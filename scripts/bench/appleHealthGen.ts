// A synthetic Apple Health export.zip for the import bench: the record mix of a watch-wearing athlete's
// export (mostly heart-rate, step, energy and distance samples the app skips; sleep stages, food,
// weigh-ins and workouts it keeps), written through fflate's streaming zip so the XML never sits in memory.
import { closeSync, openSync, writeSync } from 'node:fs';
import { Zip, ZipDeflate } from 'fflate';
import { mulberry32 } from '../../src/main/core/demo/random';

const HEADER = `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE HealthData [
<!ELEMENT HealthData (ExportDate,Me,(Record|Correlation|Workout|ActivitySummary)*)>
<!ATTLIST HealthData locale CDATA #REQUIRED>
<!ELEMENT Record ((MetadataEntry|HeartRateVariabilityMetadataList)*)>
<!ATTLIST Record type CDATA #REQUIRED unit CDATA #IMPLIED value CDATA #IMPLIED sourceName CDATA #REQUIRED startDate CDATA #REQUIRED endDate CDATA #REQUIRED>
]>
<HealthData locale="en_US">
 <ExportDate value="2026-01-01 10:00:00 -0600"/>
 <Me HKCharacteristicTypeIdentifierBiologicalSex="HKBiologicalSexMale"/>
`;
const WATCH = 'sourceName="Sam’s Apple Watch" sourceVersion="10.3" device="&lt;&lt;HKDevice: 0x283a4c1e0&gt;, name:Apple Watch, manufacturer:Apple Inc., model:Watch, hardware:Watch6,1, software:10.3&gt;"';
const PHONE = 'sourceName="Sam’s iPhone" sourceVersion="17.4" device="&lt;&lt;HKDevice: 0x283a4c2f0&gt;, name:iPhone, manufacturer:Apple Inc., model:iPhone, hardware:iPhone14,2, software:17.4&gt;"';

const pad = (n: number): string => String(n).padStart(2, '0');
function stamp(ms: number): string {
  const d = new Date(ms - 6 * 3_600_000);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())} -0600`;
}

function record(type: string, unit: string, value: string, source: string, start: number, end: number, children = ''): string {
  const head = ` <Record type="${type}" ${source} unit="${unit}" creationDate="${stamp(end)}" startDate="${stamp(start)}" endDate="${stamp(end)}" value="${value}"`;
  return children ? `${head}>\n${children} </Record>\n` : `${head}/>\n`;
}

/** Writes the zip; returns the XML size and the number of <Record> elements. */
export function writeAppleHealthZip(path: string, targetRecords: number): { xmlBytes: number; records: number } {
  const fd = openSync(path, 'w');
  const zip = new Zip((err, chunk) => {
    if (err) throw err;
    writeSync(fd, chunk);
  });
  const member = new ZipDeflate('apple_health_export/export.xml', { level: 6 });
  zip.add(member);
  const rand = mulberry32(500_000);
  let xmlBytes = 0;
  let records = 0;
  let batch: string[] = [];
  const push = (text: string, n = 1): void => {
    batch.push(text);
    records += n;
    if (batch.length >= 2000) flush();
  };
  const flush = (): void => {
    const bytes = Buffer.from(batch.join(''));
    xmlBytes += bytes.length;
    member.push(bytes);
    batch = [];
  };
  member.push(Buffer.from(HEADER));
  xmlBytes += Buffer.byteLength(HEADER);
  const Q = 'HKQuantityTypeIdentifier';
  let t = Date.UTC(2016, 0, 1, 12);
  for (let day = 0; records < targetRecords; day++, t += 86_400_000) {
    // A night: phone "Asleep" plus the watch's stages, overlapping.
    const bed = t + 11 * 3_600_000 + rand() * 3_600_000;
    push(record('HKCategoryTypeIdentifierSleepAnalysis', '', 'HKCategoryValueSleepAnalysisAsleep', PHONE, bed, bed + 7.5 * 3_600_000).replace(' unit=""', ''));
    for (let s = 0, at = bed; s < 8; s++, at += 3_300_000) {
      const stage = ['AsleepCore', 'AsleepDeep', 'AsleepREM', 'Awake'][s % 4];
      push(record('HKCategoryTypeIdentifierSleepAnalysis', '', `HKCategoryValueSleepAnalysis${stage}`, WATCH, at, at + 3_300_000).replace(' unit=""', ''));
    }
    if (day % 2 === 0) push(record(`${Q}BodyMass`, 'kg', (80 + rand() * 2).toFixed(1), PHONE, t - 5 * 3_600_000, t - 5 * 3_600_000));
    // Meals: each nutrient top-level and again inside its Food correlation.
    for (let meal = 0; meal < 3; meal++) {
      const at = t - 4 * 3_600_000 + meal * 5 * 3_600_000;
      const items = [record(`${Q}DietaryEnergyConsumed`, 'kcal', String(500 + Math.round(rand() * 400)), PHONE, at, at), record(`${Q}DietaryProtein`, 'g', String(30 + Math.round(rand() * 20)), PHONE, at, at)];
      push(items.join(''), 2);
      push(` <Correlation type="HKCorrelationTypeIdentifierFood" ${PHONE} startDate="${stamp(at)}" endDate="${stamp(at)}">\n${items.join('')} </Correlation>\n`, 2);
    }
    if (day % 3 === 0) {
      const at = t + 3_600_000;
      push(
        ` <Workout workoutActivityType="HKWorkoutActivityTypeRunning" duration="45" durationUnit="min" ${WATCH} startDate="${stamp(at)}" endDate="${stamp(at + 2_700_000)}">\n  <MetadataEntry key="HKElevationAscended" value="${Math.round(rand() * 8000)} cm"/>\n  <WorkoutStatistics type="${Q}DistanceWalkingRunning" startDate="${stamp(at)}" endDate="${stamp(at + 2_700_000)}" sum="${(8 + rand() * 2).toFixed(2)}" unit="km"/>\n </Workout>\n`,
        0,
      );
    }
    // The bulk the importer skips: heart rate every few minutes, steps, energy, distance.
    for (let i = 0; i < 170; i++) {
      const at = t - 10 * 3_600_000 + i * 300_000;
      const k = i % 10;
      if (k < 5) push(record(`${Q}HeartRate`, 'count/min', String(55 + Math.round(rand() * 60)), WATCH, at, at, k === 0 ? '  <MetadataEntry key="HKMetadataKeyHeartRateMotionContext" value="1"/>\n' : ''));
      else if (k < 7) push(record(`${Q}StepCount`, 'count', String(Math.round(rand() * 900)), PHONE, at, at + 300_000));
      else if (k < 9) push(record(`${Q}ActiveEnergyBurned`, 'kcal', (rand() * 12).toFixed(3), WATCH, at, at + 300_000));
      else push(record(`${Q}DistanceWalkingRunning`, 'km', (rand() * 0.4).toFixed(4), PHONE, at, at + 300_000));
    }
  }
  batch.push('</HealthData>\n');
  flush();
  member.push(new Uint8Array(0), true);
  zip.end();
  closeSync(fd);
  return { xmlBytes, records };
}
