package org.serge.store;

import java.sql.SQLException;
import org.serge.SergeException;

/**
 * The database failed or holds something the record cannot use: a lost connection, a head
 * behind this process, a key file that does not open the record. Exit code 1. The message
 * names the database (never its password).
 */
public final class StoreException extends SergeException {
  private static final long serialVersionUID = 1L;

  public StoreException(String message) {
    super(message);
  }

  public StoreException(Database database, String doing, SQLException cause) {
    super("database " + database + ": " + doing + ": " + cause.getMessage(), cause);
  }
}
