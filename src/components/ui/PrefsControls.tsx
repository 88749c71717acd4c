import { useTranslation } from '@/i18n/react';
import { setLanguage } from '@/i18n';
import { setPrefs, usePrefs, type TextSize } from '@/lib/prefs';

/** The 长辈版 switch: a real switch with a text state, never icon-only. */
export function ElderSwitch() {
  const { t } = useTranslation();
  const { elder } = usePrefs();
  return (
    <button
      type="button"
      role="switch"
      aria-checked={elder}
      onClick={() => setPrefs({ elder: !elder })}
      className={`tap flex items-center gap-3 rounded-xl border-2 px-4 py-2 text-left text-base font-bold ${
        elder ? 'border-brand-700 bg-brand-50 text-brand-800' : 'border-stone-400 bg-white text-stone-900'
      }`}
    >
      <span
        aria-hidden="true"
        className={`inline-flex h-7 w-12 items-center rounded-full p-1 ${elder ? 'bg-brand-700' : 'bg-stone-400'}`}
      >
        <span
          className={`h-5 w-5 rounded-full bg-white transition-transform ${elder ? 'translate-x-5' : ''}`}
        />
      </span>
      <span>{elder ? t('prefs.elderOn') : t('prefs.elderOff')}</span>
    </button>
  );
}

export function LanguageSwitch() {
  const { t, lang } = useTranslation();
  return (
    <button
      type="button"
      lang={lang === 'en' ? 'zh-CN' : 'en'}
      onClick={() => void setLanguage(lang === 'en' ? 'zh-CN' : 'en')}
      className="tap rounded-xl border border-stone-400 bg-white px-4 py-2 text-base font-medium text-stone-900"
    >
      {t('prefs.switchTo')}
    </button>
  );
}

export function TextSizeChooser() {
  const { t } = useTranslation();
  const { textSize } = usePrefs();
  const sizes: TextSize[] = ['normal', 'large', 'xlarge'];
  return (
    <fieldset className="flex flex-col gap-2">
      <legend className="mb-1 text-base font-medium">{t('prefs.textSize')}</legend>
      <div className="flex flex-wrap gap-2">
        {sizes.map((s) => (
          <label
            key={s}
            className={`tap flex cursor-pointer items-center gap-2 rounded-xl border px-4 py-2 ${
              textSize === s ? 'border-brand-700 bg-brand-50 font-bold' : 'border-stone-400 bg-white'
            }`}
          >
            <input
              type="radio"
              name="text-size"
              value={s}
              checked={textSize === s}
              onChange={() => setPrefs({ textSize: s })}
              className="h-5 w-5"
            />
            {t(`prefs.textSizes.${s}`)}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
