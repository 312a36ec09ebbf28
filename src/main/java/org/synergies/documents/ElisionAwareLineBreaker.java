package org.synergies.documents;

import java.text.BreakIterator;
import java.util.Locale;

import com.openhtmltopdf.extend.FSTextBreaker;
import com.openhtmltopdf.layout.UrlAwareLineBreakIterator;

/**
 * The PDF renderer's line breaker, which never breaks after an elided article: Java's
 * line iterator (the renderer's default) offers a break between "d’" and "Afrique", which
 * the Unicode line-breaking rules (UAX #14, a quotation mark binds to what follows) and
 * every word processor refuse. All other breaks are the default's.
 */
final class ElisionAwareLineBreaker implements FSTextBreaker {

	private final FSTextBreaker breaker = new UrlAwareLineBreakIterator(BreakIterator.getLineInstance(Locale.ROOT));

	private String text = "";

	@Override
	public int next() {
		int position = this.breaker.next();
		while (position != BreakIterator.DONE && position > 0 && position < this.text.length()
				&& afterElision(position)) {
			position = this.breaker.next();
		}
		return position;
	}

	@Override
	public void setText(String text) {
		this.text = text;
		this.breaker.setText(text);
	}

	private boolean afterElision(int position) {
		char before = this.text.charAt(position - 1);
		return (before == '’' || before == '\u2060') && Character.isLetter(this.text.charAt(position));
	}

}
