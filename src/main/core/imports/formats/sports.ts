// An activity's modality from the name a source gives it ("Running (jogging)", "Cycling, stationary").
import type { Modality } from '../../../../shared/training';

const MODALITIES: [RegExp, Modality][] = [
  [/run|jog/i, 'run'],
  [/cycl|bik|ride|spin/i, 'ride'],
  [/row/i, 'row'],
  [/swim/i, 'swim'],
  [/walk|hik/i, 'walk'],
];

export const modalityOf = (name: string): Modality => MODALITIES.find(([re]) => re.test(name))?.[1] ?? 'other';
