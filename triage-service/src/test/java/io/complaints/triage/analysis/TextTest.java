package io.complaints.triage.analysis;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TextTest {

    @Test
    void wordsAreLowerCaseLettersDigitsAndApostrophes() {
        Text text = new Text("Still WAITING, it’s been 3 weeks!!");
        assertEquals(List.of("still", "waiting", "it's", "been", "3", "weeks"), text.words());
        assertEquals(" still waiting it's been 3 weeks ", text.padded());
    }

    @Test
    void emojiAreReadApartFromTheWordsAsOftenAsTheyOccur() {
        Text text = new Text("worst service ever😡😡 #fail");
        assertEquals(List.of("worst", "service", "ever", "fail"), text.words());
        assertEquals(List.of("😡", "😡"), text.emoji());
    }

    @Test
    void anEmojiIsReadWithoutItsSkinToneVariationOrWhatAJoinerAddsToIt() {
        assertEquals(List.of("❤", "👍"), new Text("thank you ❤️ 👍🏽").emoji());
        assertEquals(List.of("🤦", "🙄"), new Text("wrong book again 🤦🏽‍♀️🙄").emoji());
    }

    @Test
    void symbolsThatAreNoEmojiAreNotRead() {
        assertEquals(List.of(), new Text("©2026 ShopCo®, 20°C, £5 → €6 :(").emoji());
    }
}
