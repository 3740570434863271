import { Checkbox, Stack, Textarea, TextInput, type TextareaProps } from '@mantine/core';
import { useForm } from '@mantine/form';
import {
  isPastMeetingDate,
  meetingReasonMaxLength,
  reasonProblem,
} from '../../../../shared/meetings';
import { useRegia } from '../../../app/RegiaContext';
import { FormFooter, GuardedForm } from '../../../ui';
import { errorsOf, submitOrShowRefusal } from '../meetingFormErrors';
import type { DateCheck, Postponement } from '../meetingWrites';

function ReasonField(props: TextareaProps) {
  const { t } = useRegia();
  return (
    <Textarea
      label={t('meetings.life.reason')}
      withAsterisk
      autosize
      minRows={2}
      maxLength={meetingReasonMaxLength}
      data-autofocus
      {...props}
    />
  );
}

/** Asks why a convoked meeting is cancelled, then cancels it. */
export function CancelMeetingForm({ onSubmit }: { onSubmit: (reason: string) => Promise<void> }) {
  const { t } = useRegia();
  const form = useForm({
    initialValues: { reason: '' },
    validate: (values) =>
      errorsOf(
        t,
        [reasonProblem(values.reason)].filter((p) => p !== null),
      ),
  });
  return (
    <GuardedForm
      form={form}
      onSubmit={(values) => submitOrShowRefusal(t, form.setErrors, () => onSubmit(values.reason))}
    >
      <Stack>
        <ReasonField {...form.getInputProps('reason')} />
        <FormFooter submitLabel={t('meetings.life.cancelSubmit')} />
      </Stack>
    </GuardedForm>
  );
}

type PostponeMeetingFormProps = {
  /** The meeting's current day and start. */
  date: string;
  startTime: string | null;
  today: string;
  onSubmit: (postponement: Postponement, check: DateCheck) => Promise<void>;
};

/** Asks the new day and why a convoked meeting is postponed, then postpones it. */
export function PostponeMeetingForm({
  date,
  startTime,
  today,
  onSubmit,
}: PostponeMeetingFormProps) {
  const { t } = useRegia();
  const form = useForm({
    initialValues: { date, startTime: startTime ?? '', reason: '', pastDateConfirmed: false },
    validate: (values) => {
      const errors = errorsOf(
        t,
        [reasonProblem(values.reason)].filter((p) => p !== null),
      );
      if (values.date === date) errors.date = t('meetings.life.sameDate');
      else if (!values.pastDateConfirmed && isPastMeetingDate(values.date, today)) {
        errors.date = t('meetings.rule.pastDate');
      }
      return errors;
    },
  });
  return (
    <GuardedForm
      form={form}
      onSubmit={(values) =>
        submitOrShowRefusal(t, form.setErrors, () =>
          onSubmit(
            { date: values.date, startTime: values.startTime || null, reason: values.reason },
            { today, pastDateConfirmed: values.pastDateConfirmed },
          ),
        )
      }
    >
      <Stack>
        <TextInput
          type="date"
          label={t('meetings.life.newDate')}
          withAsterisk
          {...form.getInputProps('date')}
        />
        {isPastMeetingDate(form.values.date, today) && (
          <Checkbox
            label={t('meetings.rule.pastDateConfirm')}
            {...form.getInputProps('pastDateConfirmed', { type: 'checkbox' })}
          />
        )}
        <TextInput
          type="time"
          label={t('meetings.life.newTime')}
          {...form.getInputProps('startTime')}
        />
        <ReasonField {...form.getInputProps('reason')} />
        <FormFooter submitLabel={t('meetings.life.postponeSubmit')} />
      </Stack>
    </GuardedForm>
  );
}
