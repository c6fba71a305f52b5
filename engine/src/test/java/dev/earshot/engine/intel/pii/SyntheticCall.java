package dev.earshot.engine.intel.pii;

import dev.earshot.engine.intel.SpokenWords;

/**
 * A synthesized support call in which a caller gives every kind of personal data, with the word index of
 * each value so that tests can check where it was found.
 */
public final class SyntheticCall {

    public final SpokenWords spoken = new SpokenWords();
    public final int agentName;
    public final int callerName;
    public final int card;
    public final int phone;
    public final int email;
    public final int birth;
    public final int ssn;
    public final int address;
    public final int thanksName;

    public SyntheticCall() {
        spoken.say("thank you for calling acme bank this is");
        agentName = spoken.next();
        spoken.say("anna how can i help you").turn();
        spoken.say("hi yes my name is");
        callerName = spoken.next();
        spoken.say("john smith and i want to pay my bill").turn();
        spoken.say("of course can i have the card number please").turn();
        spoken.say("sure it is");
        card = spoken.next();
        spoken.say("four one one one one one one one one one one one one one one one").turn();
        spoken.say("thank you and a number we can reach you on").turn();
        phone = spoken.next();
        spoken.say("five five five oh one two three four five six").turn();
        spoken.say("and your email address").turn();
        spoken.say("it is");
        email = spoken.next();
        spoken.say("john dot smith at example dot com").turn();
        spoken.say("can you confirm your date of birth").turn();
        spoken.say("i was born on");
        birth = spoken.next();
        spoken.say("march third nineteen eighty four").turn();
        spoken.say("and the last thing your social security number").turn();
        ssn = spoken.next();
        spoken.say("five three six two two four four five five").turn();
        spoken.say("and i live at");
        address = spoken.next();
        spoken.say("two twenty one baker street").turn();
        spoken.say("perfect thank you");
        thanksName = spoken.next();
        spoken.say("john that is all done");
    }
}
