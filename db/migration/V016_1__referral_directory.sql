-- The referral directory (decision 026): partners become records administrators keep, instead of the
-- fixed list cases.Partner. Every partner of that list except OTHER becomes a row with the list's name
-- as its code, so existing referrals point at their row and keep meaning what they meant. Numbers,
-- hours and addresses come only from the helplines' leaflets (shared/seeds); what a leaflet does not
-- give stays empty for an administrator to fill in.
create table referral_partner (
    id              bigint generated always as identity primary key,
    version         bigint        not null default 0,
    code            varchar(30)   unique,
    name            varchar(100)  not null,
    description_nl  varchar(1000),
    description_fr  varchar(1000),
    description_en  varchar(1000),
    min_age         integer       check (min_age between 0 and 120),
    max_age         integer       check (max_age between 0 and 120),
    region          varchar(20)   not null,
    languages       varchar(20)   not null,
    phone           varchar(40),
    hours_nl        varchar(300),
    hours_fr        varchar(300),
    hours_en        varchar(300),
    chat_url        varchar(2000),
    email           varchar(254),
    website         varchar(2000),
    active          boolean       not null default true,
    sort_order      integer       not null default 100,
    check (min_age is null or max_age is null or min_age <= max_age)
);
create unique index referral_partner_name_idx on referral_partner (lower(name));
create index referral_partner_order_idx on referral_partner (sort_order, name);

insert into referral_partner (code, name, description_nl, description_fr, description_en, min_age, max_age, region,
                              languages, phone, hours_nl, hours_fr, hours_en, chat_url, email, website, sort_order)
values
('CHILD_FOCUS', 'Child Focus',
 'Helpt kinderen en jongeren van wie naaktbeelden verspreid zijn, en kan hen begeleiden bij een klacht bij de politie.',
 'Aide les enfants et les jeunes dont des images intimes ont été diffusées, et peut les accompagner pour porter plainte à la police.',
 'Helps children and young people whose nude images were shared, and can accompany them when they file a police complaint.',
 null, 17, 'BELGIUM', 'NL,FR', '116 000',
 'Telefoon dag en nacht bereikbaar (24/7). Mails krijgen binnen 24 uur antwoord.',
 'Téléphone joignable jour et nuit (24h/24, 7j/7). Réponse aux e-mails dans les 24 heures.',
 'Phone answered day and night (24/7). E-mails are answered within 24 hours.',
 null, '116000@childfocus.org', 'https://childfocus.be/nl-be', 10),
('AWEL', 'Awel',
 'Chat voor jongeren: gratis en anoniem. Op het forum delen jongeren hun verhaal en reageren ze op dat van anderen.',
 'Chat pour les jeunes, gratuit et anonyme. Sur le forum, les jeunes partagent leur histoire et réagissent à celle des autres.',
 'Chat for young people, free and anonymous. On the forum young people share their story and respond to others''.',
 null, null, 'FLANDERS', 'NL', null, null, null, null,
 'https://admin.watwat.be/praat-erover/awel', null, 'https://awel.be/forum', 20),
('CYBERSQUAD', 'CyberSquad',
 'Chat voor jongeren: gratis en anoniem. Helpt de situatie in te schatten en de volgende stappen te bekijken; doet niets zonder de jongere.',
 'Chat pour les jeunes, gratuit et anonyme. Aide à évaluer la situation et à voir les prochaines étapes ; ne fait rien sans le jeune.',
 'Chat for young people, free and anonymous. Helps to weigh up the situation and look at next steps; does nothing without the young person.',
 null, null, 'FLANDERS', 'NL', null, null, null, null,
 'https://admin.watwat.be/praat-erover/cybersquad', null, null, 30),
('JAC_CAW', 'JAC (CAW)',
 'Het jongerenaanbod van het CAW: chat met een hulpverlener.',
 'L''offre jeunes du CAW : chat avec un intervenant.',
 'The youth service of the CAW: chat with a counsellor.',
 null, null, 'FLANDERS', 'NL', null,
 'Chat maandag tot vrijdag van 13:00 tot 19:00.',
 'Chat du lundi au vendredi de 13h00 à 19h00.',
 'Chat Monday to Friday, 13:00 to 19:00.',
 'https://www.caw.be/jac/contacteer-ons/chat', null, null, 40),
('HELPWANTED_OFFLIMITS', 'HelpWanted / Offlimits',
 'Tips bij online seksueel misbruik en sextortion, en een gratis, anonieme chat (Nederland).',
 'Conseils en cas d''abus sexuel en ligne et de sextorsion, et un chat gratuit et anonyme (Pays-Bas).',
 'Advice on online sexual abuse and sextortion, and a free, anonymous chat (the Netherlands).',
 null, null, 'NETHERLANDS', 'NL', null, null, null, null,
 null, null, 'https://www.helpwanted.nl', 50),
('SLACHTOFFERWIJZER', 'SlachtofferWijzer',
 'Alle organisaties die hulp bieden bij elkaar: juridisch, praktisch, financieel en emotioneel; ook lotgenoten en een veilige opvangplek (Nederland).',
 'Toutes les organisations d''aide réunies : aide juridique, pratique, financière et émotionnelle ; aussi des pairs et un refuge sûr (Pays-Bas).',
 'All organisations that help, in one place: legal, practical, financial and emotional help; also peers and a safe shelter (the Netherlands).',
 null, null, 'NETHERLANDS', 'NL', null, null, null, null,
 null, null, 'https://www.slachtofferwijzer.nl', 60),
('EQUALITY_INSTITUTE', 'Instituut voor de gelijkheid van vrouwen en mannen',
 'Helpt volwassenen intieme beelden offline te halen (verwijderingsaanvragen bij Facebook krijgen voorrang) en beantwoordt vragen over een klacht.',
 'Aide les adultes à faire retirer des images intimes (ses demandes de retrait à Facebook sont prioritaires) et répond aux questions sur une plainte.',
 'Helps adults get intimate images taken offline (its removal requests to Facebook get priority) and answers questions about a complaint.',
 18, null, 'BELGIUM', 'NL,FR', null, null, null, null,
 null, null, 'https://igvm-iefh.belgium.be', 70),
('POLICE', 'Politie',
 'Een klacht indienen: in het lokale politiecommissariaat, of na een telefonische afspraak. Alle bewijs meebrengen.',
 'Porter plainte : au commissariat de police local, ou sur rendez-vous pris par téléphone. Apporter toutes les preuves.',
 'Filing a complaint: at the local police station, or by appointment made by phone. Bring all the evidence.',
 null, null, 'BELGIUM', 'NL,FR', null, null, null, null,
 null, null, null, 80),
('LAWYER', 'Advocaat',
 'Een advocaat kan de cliënt bijstaan, bijvoorbeeld bij een klacht.',
 'Un avocat peut assister le client, par exemple pour une plainte.',
 'A lawyer can assist the client, for example with a complaint.',
 null, null, 'BELGIUM', 'NL,FR', null, null, null, null,
 null, null, null, 90);

-- A referral points at its partner; OTHER (a name typed on the case) has none.
alter table case_referral add column partner_id bigint references referral_partner (id);
update case_referral r set partner_id = p.id from referral_partner p where p.code = r.partner;
create index case_referral_partner_idx on case_referral (partner_id);

-- A referral keeps its history: every status it was given, on which date, by whom.
create table case_referral_status (
    id           bigint generated always as identity primary key,
    referral_id  bigint       not null references case_referral (id) on delete cascade,
    case_id      bigint       not null references case_file (id) on delete cascade,
    status       varchar(10)  not null check (status in ('SUGGESTED', 'MADE', 'ACCEPTED', 'DECLINED')),
    status_date  date         not null,
    recorded_at  timestamptz  not null,
    recorded_by  varchar(50)  not null
);
create index case_referral_status_case_idx on case_referral_status (case_id, referral_id, id);

-- Referrals made before the history existed start it with the status they have now.
insert into case_referral_status (referral_id, case_id, status, status_date, recorded_at, recorded_by)
select id, case_id, status, status_date, created_at, '(before history)' from case_referral;
