import { say, type Turn } from './turn';

/**
 * "快递员非要我把身份证给他拍照才给件", "要我俾身份證佢影相", "the driver wanted a photo of my ID": receiving a parcel needs no
 * ID photo (blind batch 47a: 07, 15) — said beside whatever else the message asks (a fee at the door, a complaint).
 */
const ID_PHOTO =
  /(身份证|身份證|证件|證件)[^，。,.?？]{0,12}(拍照|拍了|拍下|影相|影咗|拍咗|复印|複印)|(拍|影)[^，。,.?？]{0,6}(身份证|身份證)|\b(photo|picture|pic|copy|scan)\w*\b[^.?!]{0,15}\b(id|id card|identity card|passport)\b|\b(id|id card|passport)\b[^.?!]{0,15}\b(photo|photographed|picture)\b/i;

/** The message tells of a courier who wanted a photo of the customer's ID to hand a parcel over. */
export const idPhotoDemanded = (text: string): boolean => ID_PHOTO.test(text);

/** The line that says receiving needs no ID photo, when the message speaks of one; else undefined. */
export const idPhotoLine = (turn: Turn): string | undefined =>
  idPhotoDemanded(turn.text) ? say(turn, 'receive.noIdPhoto') : undefined;
