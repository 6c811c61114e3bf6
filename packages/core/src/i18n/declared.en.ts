/**
 * English messages of declared fields (the questions a definition declares for its own
 * services): money, dates with a range, and their answers on "check your answers".
 */
export const declaredEn = {
  'declared.money.invalid': 'Enter an amount of money in pounds and pence, like 1250 or 1250.50',
  'declared.money.range': 'Enter an amount between {min} and {max}',
  'declared.money.min': 'Enter an amount of {min} or more',
  'declared.money.max': 'Enter an amount of {max} or less',
  'declared.date.past': 'The date must be today or in the past',
  'declared.date.future': 'The date must be today or in the future',
  'declared.date.earliest': 'The date must be on or after {date}',
  'declared.date.latest': 'The date must be on or before {date}',
} as const;
