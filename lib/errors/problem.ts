// What goes wrong, as codes: the words live in messages/*.json under "problems", so an
// organizer reads every refusal in their own language. Values fill the message's {placeholders}.

export const problemCodes = [
  // Rights and existence
  "forbidden",
  "notOwnProfile",
  "notFound",
  "stale",
  "checkFields",
  // Any field
  "required",
  "tooLong",
  "tooShort",
  "tooMany",
  "tooSmall",
  "tooLarge",
  "wholeNumber",
  "invalidValue",
  "chooseOne",
  "invalidUrl",
  "urlWhitespace",
  "photoAddress",
  "invalidEmail",
  "invalidDate",
  "invalidDateTime",
  "invalidTimeZone",
  "invalidSlug",
  "reservedSlug",
  "invalidColor",
  "invalidLanguage",
  "unreadableRows",
  "seats",
  // Places in a conference
  "slugTaken",
  "notInConference",
  "outsideConferenceDays",
  "endBeforeStart",
  "endMustFollowStart",
  "startAndEndTogether",
  "duplicateRole",
  "forumEditorWordsOnly",
  "inUse",
  "speakerInSessions",
  // Organizations
  "organizationGone",
  "parentCycle",
  // Releases
  "releaseNameTaken",
  // Accounts, invitations and organizers
  "noAccount",
  "accountExists",
  "accountUnconfirmed",
  "lastOrganizer",
  "alreadyOrganizer",
  "passwordTooShort",
  "passwordTooLong",
  "wrongPassword",
  "wrongCredentials",
  "credentialsMissing",
  "signInThrottled",
  "signInThrottledLater",
  "signInFailed",
  "passwordsDiffer",
  "passwordUnchanged",
  "throttled",
  "invitationUsed",
  "invitationAccepted",
  "invitationExpired",
  "invitationRevoked",
  "invitationInvalid",
  "invitationNotResendable",
  "invitationWrongAccount",
  "invitationsPerHour",
  "alreadyLinked",
  "linkedElsewhere",
  "profileAtConference",
  "accountGone",
  "mailNotConfigured",
  "mailMisconfigured",
  "mailFailed",
  "outboxNoAddress",
  "outboxNothingSelected",
  "confirmationsPerHour",
  "confirmationUsed",
  "confirmationExpired",
  "confirmationInvalid",
  // Webhooks
  "webhookPrivateAddress",
  "webhookHostUnknown",
  "webhookNoEvents",
  // Uploads
  "fileTooLarge",
  "notAPicture",
  "pictureTooLarge",
  "pictureUnreadable",
  "chooseFile",
] as const;

export type ProblemCode = (typeof problemCodes)[number];

/** A refusal, or a field's error: its code and the values its message names. */
export interface Problem {
  code: ProblemCode;
  values?: Record<string, string | number>;
}

export const problem = (code: ProblemCode, values?: Problem["values"]): Problem =>
  values ? { code, values } : { code };

const known = new Set<string>(problemCodes);
export const isProblemCode = (value: unknown): value is ProblemCode => typeof value === "string" && known.has(value);
