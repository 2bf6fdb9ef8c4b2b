/** Bad person data (zone, hours, out-of-office): names the person and the offending field. */
export class ScheduleInputError extends Error {
  override readonly name = 'ScheduleInputError';
  constructor(
    readonly personId: string,
    readonly field: string,
    message: string,
  ) {
    super(message);
  }
}
