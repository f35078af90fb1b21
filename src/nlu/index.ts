export { Nlu, type NluOptions } from './nlu';
export { evaluate, parseLabelledTsv, type Evaluation, type LabelledExample } from './evaluate';
export type { NluMode } from './combine';
export * from './types';
export { HAN_DIGITS, withHanDigits } from './han-digits';
