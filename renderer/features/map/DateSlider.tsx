import { Slider } from '@mantine/core';
import { useState } from 'react';
import { dayNumber, dayOfNumber } from '../../../shared/map';
import { formatDate } from '../../app/formatting';
import { useRegia } from '../../app/RegiaContext';

type DateSliderProps = {
  first: string;
  last: string;
  day: string;
  /** Called when the thumb is released or moved by a key, not on every pixel of a drag. */
  onDayChange: (day: string) => void;
};

/** A slider over the days the network has records for. */
export function DateSlider({ first, last, day, onDayChange }: DateSliderProps) {
  const { t, locale } = useRegia();
  const [value, setValue] = useState(dayNumber(day));
  return (
    <Slider
      style={{ flex: 1, minWidth: 220 }}
      mb={8}
      min={dayNumber(first)}
      max={dayNumber(last)}
      value={value}
      onChange={setValue}
      onChangeEnd={(end) => onDayChange(dayOfNumber(end))}
      label={(number) => formatDate(locale, dayOfNumber(number), 'd MMM yyyy')}
      thumbLabel={t('map.filters.dateSlider')}
    />
  );
}
