import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { LanguageRadioGroup } from '../../components/language-radio-group';
import { CallError } from '../../components/call-error';
import { useDeskMutation } from '../../desk/hooks';
import { deskQueryKey } from '../../desk/query-keys';
import { defaultLanguage, isLanguage } from '../../i18n';

/** The officer's display language, saved on this PC through prefs.set. */
export function LanguageSetting() {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const save = useDeskMutation('prefs.set', {
    onSuccess: (prefs) => {
      queryClient.setQueryData(deskQueryKey('prefs.get', {}), prefs);
      void i18n.changeLanguage(prefs.language);
    },
  });
  const current = isLanguage(i18n.resolvedLanguage) ? i18n.resolvedLanguage : defaultLanguage;
  const shown = save.isPending && save.variables.language ? save.variables.language : current;
  return (
    <div>
      <LanguageRadioGroup
        label={t('settings.language')}
        value={shown}
        isDisabled={save.isPending}
        onChange={(language) => save.mutate({ language })}
      />
      {save.isError && <CallError error={save.error} />}
    </div>
  );
}
