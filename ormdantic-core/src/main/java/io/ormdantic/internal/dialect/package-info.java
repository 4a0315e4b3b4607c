/**
 * One class per supported database (H2, MySQL/MariaDB, PostgreSQL): column types, identifier quoting, paging,
 * upsert and catalog queries. Dialects describe SQL; they never run it. Internal: may change without notice.
 */
@NullMarked
package io.ormdantic.internal.dialect;

import org.jspecify.annotations.NullMarked;
