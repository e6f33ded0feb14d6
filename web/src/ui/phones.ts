/**
 * A phone number for lists: the middle digits hidden ("138 **** 8000"), so a
 * result list on a shared screen does not spell out every guest's number.
 * The card shows the whole number.
 */
export function maskPhone(display: string): string {
  const digits = display.replace(/\D/g, '');
  if (digits.length < 7) return display;
  let seen = 0;
  const keepHead = 3;
  const keepTail = 4;
  return display.replace(/\d/g, (d) => {
    seen += 1;
    return seen <= keepHead || seen > digits.length - keepTail ? d : '*';
  });
}
