/**
 * What each leader-score factor means, in words a reader of a report or a dashboard understands
 * (the factor ids of `DEFAULT_LEADER_WEIGHTS`).
 */
export const FACTOR_MEANINGS: Readonly<Record<string, { readonly en: string; readonly ru: string }>> = {
  pagerank: {
    en: 'reached by many well-connected people (PageRank)',
    ru: 'к нему обращаются люди, у которых самих много связей (PageRank)',
  },
  kcore: { en: 'sits in the dense core of the network', ru: 'входит в плотное ядро сети' },
  twoStepReach: {
    en: 'reaches many people within two steps',
    ru: 'за два шага достигает многих людей',
  },
  betweenness: {
    en: 'lies on many shortest paths between others (broker)',
    ru: 'лежит на многих кратчайших путях между другими (посредник)',
  },
  bridging: {
    en: 'ties several interest groups together',
    ru: 'связывает несколько групп интересов',
  },
  contacts: { en: 'has many distinct contacts', ru: 'много разных собеседников' },
  threadsStarted: { en: 'starts many conversations', ru: 'часто начинает обсуждения' },
  repliesDrawn: { en: 'others reply to their messages', ru: 'на его сообщения отвечают' },
  forwardsDrawn: { en: 'others forward their messages', ru: 'его сообщения пересылают дальше' },
  responsiveness: { en: 'answers quickly', ru: 'быстро отвечает' },
  consistency: { en: 'active month after month', ru: 'активен из месяца в месяц' },
  broadcastShare: {
    en: 'writes to mass mailing lists (counts against)',
    ru: 'пишет в массовые рассылки (снижает оценку)',
  },
  civicEngagement: {
    en: 'writes about civic topics',
    ru: 'пишет на общественные темы',
  },
};

/** The meaning of a factor in a language; the factor id when unknown (a custom weight). */
export function factorMeaning(factor: string, lang: 'ru' | 'en'): string {
  return FACTOR_MEANINGS[factor]?.[lang] ?? factor;
}
