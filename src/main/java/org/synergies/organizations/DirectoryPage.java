package org.synergies.organizations;

import java.util.List;

public record DirectoryPage(List<OrganizationSummary> organizations, int page, int size, long total) {

	public boolean hasNext() {
		return (long) (this.page + 1) * this.size < this.total;
	}

	public boolean hasPrevious() {
		return this.page > 0;
	}

	public long pages() {
		return (this.total + this.size - 1) / this.size;
	}

}
