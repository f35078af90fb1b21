import { newAddress, usableAddress } from './delivery-change-reading';

// The words of a change of address, not of the address the waybill has: "new address", "change the address",
// "instead", "redirect", "改地址", "新地址", "改送", "the wrong address … change it to", "地址写错了 要改為 …".
const CHANGE_WORDS =
  /\bnew address\b|\bchange (?:the |my |its )?(?:delivery |shipping )?address\b|\binstead\b|\bredirect\b|\b(?:wrong|incorrect) (?:delivery |shipping )?address\b|新地址|改(?:个|個|下)?地址|地址改|改送|改寄|改成|改为|改為|换成|換成/i;

/**
 * The message gives the address to change to ("change the address to …", "the new address is …", "send it to …
 * instead"): a usable address, said with the words of a change — never the address on the waybill told in a complaint
 * ("the address is 5 Park Road and they still didn't come").
 */
export const addressChangeGiven = (text: string): boolean =>
  CHANGE_WORDS.test(text) && usableAddress(newAddress(text, false) ?? '');
