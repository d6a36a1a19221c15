import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Flow;
import java.util.concurrent.SubmissionPublisher;

class SubscriberCollectsItems {
    List<String> collect(List<String> lines) {
        List<String> received = new ArrayList<>();
        SubmissionPublisher<String> publisher = new SubmissionPublisher<>();
        publisher.subscribe(new Flow.Subscriber<String>() {
            @Override
            public void onSubscribe(Flow.Subscription subscription) {
                subscription.request(Long.MAX_VALUE);
            }

            @Override
            public void onNext(String item) {
                received.add(item);
            }

            @Override
            public void onError(Throwable failure) {
            }

            @Override
            public void onComplete() {
            }
        });
        lines.forEach(publisher::submit);
        // (closing the publisher would not help: close() does not wait for the subscriber)
        received.sort(null);
        return received;
    }
}
