package org.synergies.accounts;

import java.util.List;

/**
 * One page of accounts and how many there are in all.
 */
public record AccountPage(List<AccountView> accounts, int page, int size, long total) {

	public boolean hasNext() {
		return (long) (this.page + 1) * this.size < this.total;
	}

	public boolean hasPrevious() {
		return this.page > 0;
	}

}
