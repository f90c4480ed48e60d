// The closed vocabularies of the domain, shared by schema, validation and UI.
// Plain values with no framework imports, so client islands may import them.

export const locales = ["zh-CN", "en"] as const;
export type Locale = (typeof locales)[number];

export const forumKinds = ["opening", "summit", "forum", "expo", "gala", "pitch", "other"] as const;
export type ForumKind = (typeof forumKinds)[number];

/** What an organization is to a forum: 主办 (convener), 承办, 协办, 赞助. */
export const forumOrganizationRoles = ["convener", "organizer", "co-organizer", "sponsor"] as const;
export type ForumOrganizationRole = (typeof forumOrganizationRoles)[number];

export const sessionKinds = ["keynote", "talk", "panel", "ceremony", "break", "other"] as const;
export type SessionKind = (typeof sessionKinds)[number];

export const sessionStatuses = ["draft", "confirmed", "cancelled"] as const;
export type SessionStatus = (typeof sessionStatuses)[number];

export const sessionRoles = ["speaker", "moderator", "panelist", "host"] as const;
export type SessionRole = (typeof sessionRoles)[number];

export const conferenceRoles = ["organizer"] as const;
export type ConferenceRole = (typeof conferenceRoles)[number];

export const speakerLinkKinds = ["website", "weibo", "wechat", "linkedin", "x", "github", "other"] as const;
export type SpeakerLinkKind = (typeof speakerLinkKinds)[number];
export type SpeakerLink = { kind: SpeakerLinkKind; url: string; label?: string };
