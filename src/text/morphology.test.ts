import { describe, expect, it } from 'vitest';
import { createFeatureExtractor } from './feature-extractor.js';
import { loadMarkers } from './load-markers.js';

const extract = createFeatureExtractor(loadMarkers());
const topicsOf = (text: string) => Object.keys(extract(text).topics);

/** Every case form (singular and plural) of a Russian noun, plus related forms, per topic. */
const FORMS: Record<string, string[]> = {
  improvement: [
    'благоустройство',
    'благоустройства',
    'благоустройству',
    'благоустройством',
    'благоустройстве',
    'благоустроенный',
    'благоустроенного',
    'благоустроить',
    'благоустроили',
    'Благоустройство',
    'БЛАГОУСТРОЙСТВЕ',
  ],
  voting: [
    'голосование',
    'голосования',
    'голосованию',
    'голосованием',
    'голосовании',
    'голосований',
    'голосованиям',
    'голосованиями',
    'голосованиях',
    'проголосовали',
    'голосуйте',
  ],
  volunteering: [
    'волонтёр',
    'волонтера',
    'волонтеру',
    'волонтером',
    'волонтере',
    'волонтеры',
    'волонтеров',
    'волонтерам',
    'волонтерами',
    'волонтерах',
    'волонтёрство',
    'субботник',
    'субботника',
    'субботнике',
  ],
  roads: [
    'дорога',
    'дороги',
    'дороге',
    'дорогу',
    'дорогою',
    'дорог',
    'дорогам',
    'дорогами',
    'дорогах',
    'дорожный',
  ],
  education: [
    'школа',
    'школы',
    'школе',
    'школу',
    'школой',
    'школ',
    'школам',
    'школами',
    'школах',
    'школьный',
  ],
  health: [
    'больница',
    'больницы',
    'больнице',
    'больницу',
    'больницей',
    'больниц',
    'больницам',
    'больницами',
    'больницах',
  ],
  complaints: [
    'жалоба',
    'жалобы',
    'жалобе',
    'жалобу',
    'жалобой',
    'жалоб',
    'жалобам',
    'жалобами',
    'жалобах',
    'пожаловались',
  ],
  housing: ['отопление', 'отопления', 'отоплению', 'отоплением', 'отоплении', 'ЖКХ'],
  ecology: ['экология', 'экологии', 'экологию', 'экологией', 'экологический', 'свалка', 'свалки', 'свалкой'],
};

/** Words that look close to a topic word but must not match it. */
const NEAR_MISSES: Record<string, string[]> = {
  improvement: ['благо', 'устройство', 'строй', 'благородство', 'устроить'],
  voting: ['голос', 'голоса', 'голосом', 'голосистый'],
  roads: ['дорогой друг', 'дорогие коллеги', 'дорогая', 'подорожание', 'дорожить'],
  education: ['лицо', 'лица', 'на лице'],
  ecology: ['Озерск', 'в Озерске', 'озёрский'],
  health: ['больно', 'больной зуб'],
  complaints: ['жалость', 'жалко', 'жало', 'обратил внимание'],
};

describe('Russian morphology in the default dictionaries', () => {
  for (const [topic, forms] of Object.entries(FORMS)) {
    it(`matches every form of the ${topic} words`, () => {
      const missed = forms.filter((f) => !topicsOf(`Вопрос про ${f} сегодня`).includes(topic));
      expect(missed).toEqual([]);
    });
  }

  for (const [topic, words] of Object.entries(NEAR_MISSES)) {
    it(`does not match near-misses of ${topic}`, () => {
      const wrong = words.filter((w) => topicsOf(`Сегодня ${w} и всё`).includes(topic));
      expect(wrong).toEqual([]);
    });
  }

  it('matches ё and е spellings alike', () => {
    expect(topicsOf('волонтёры')).toContain('volunteering');
    expect(topicsOf('волонтеры')).toContain('volunteering');
  });

  it('matches phrases across word forms and with a gap', () => {
    expect(extract('Когда будет ремонт наших дорог?').topics.roads).toBe(2);
    expect(extract('Подали на публичных слушаниях').topics.voting).toBe(1);
  });
});
