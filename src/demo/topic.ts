/**
 * Topic shape
 *
 * A topic is a family of phrases: subjects (mail), posts that start a conversation, replies, and
 * questions people ask someone they trust (civic topics). `kind` says which behaviour uses it.
 */

export type TopicKind = 'civic' | 'group' | 'work' | 'social';

export interface Topic {
  readonly id: string;
  readonly kind: TopicKind;
  readonly subjects: readonly string[];
  readonly posts: readonly string[];
  readonly replies: readonly string[];
  readonly questions?: readonly string[];
}
