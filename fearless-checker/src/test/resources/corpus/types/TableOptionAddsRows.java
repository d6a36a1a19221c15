// options: table=src/test/resources/tables/acme.table
import com.acme.Session;
import com.acme.SessionFactory;
import dev.fearless.thread.Threads;

class TableOptionAddsRows {
    void run(SessionFactory factory) {
        Session session = factory.open();
        Threads.spawn(() -> factory.open().query("ok"));
        Threads.spawn(() -> session.query("shared"));
    }
}
// file: com/acme/Session.java
package com.acme;

public class Session {
    public String query(String q) {
        return q;
    }
}
// file: com/acme/SessionFactory.java
package com.acme;

public class SessionFactory {
    public Session open() {
        return new Session();
    }
}
