package org.plenary.query.web;

import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

import java.beans.PropertyEditorSupport;
import java.util.regex.Pattern;

/**
 * Numbers in query parameters are plain decimals: {@code ?version=0x10}, {@code #10}, {@code " 1"} (a "+" in a
 * query string is a space) or {@code 1.0} are refused (400) instead of read as another number the way Spring's
 * default conversion reads them (it trims and accepts hexadecimal).
 */
@ControllerAdvice
public class DecimalParameters {

    private static final Pattern DECIMAL = Pattern.compile("-?[0-9]{1,19}");

    @InitBinder
    void decimalNumbers(WebDataBinder binder) {
        binder.registerCustomEditor(Long.class, new Decimal(false));
        binder.registerCustomEditor(long.class, new Decimal(false));
        binder.registerCustomEditor(Integer.class, new Decimal(true));
        binder.registerCustomEditor(int.class, new Decimal(true));
    }

    private static final class Decimal extends PropertyEditorSupport {

        private final boolean integer;

        Decimal(boolean integer) {
            this.integer = integer;
        }

        @Override
        public void setAsText(String text) {
            if (text == null || text.isEmpty()) {
                setValue(null);
                return;
            }
            if (!DECIMAL.matcher(text).matches()) {
                throw new IllegalArgumentException("\"" + text + "\" is not a decimal number");
            }
            long value = Long.parseLong(text);
            if (integer && (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE)) {
                throw new IllegalArgumentException(text + " is out of range");
            }
            setValue(integer ? (Object) (int) value : (Object) value);
        }
    }
}
