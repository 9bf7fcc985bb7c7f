(define (problem plan_trial_T20191216_123313_038388)
    (:domain alfred)
    (:objects
        agent1 - agent
        BaseballBatType - otype
        BasketBallType - otype
        ButterKnifeType - otype
        CellPhoneType - otype
        CreditCardType - otype
        DeskLampType - otype
        KnifeType - otype
        PillowType - otype
        TennisRacketType - otype
        BedType - rtype
        DeskType - rtype
        DrawerType - rtype
        DresserType - rtype
        FridgeType - rtype
        GarbageCanType - rtype
        MicrowaveType - rtype
        ShelfType - rtype
        SinkBasinType - rtype
        TennisRacket_bar__plus_02_dot_84_bar__plus_02_dot_60_bar__plus_02_dot_91 - object
        TennisRacket_bar__plus_03_dot_07_bar__plus_00_dot_65_bar__plus_02_dot_08 - object
        Pillow_bar__minus_00_dot_33_bar__plus_02_dot_69_bar__minus_00_dot_15 - object
        CellPhone_bar__plus_03_dot_02_bar__plus_02_dot_56_bar__plus_02_dot_55 - object
        CreditCard_bar__minus_03_dot_19_bar__plus_03_dot_21_bar__plus_02_dot_39 - object
        BaseballBat_bar__minus_03_dot_06_bar__plus_01_dot_79_bar__plus_02_dot_03 - object
        BasketBall_bar__minus_01_dot_60_bar__plus_03_dot_34_bar__plus_03_dot_32 - object
        DeskLamp_bar__minus_00_dot_31_bar__plus_02_dot_05_bar__minus_01_dot_50 - object
        Bed_bar__plus_03_dot_07_bar__plus_01_dot_17_bar__plus_00_dot_54 - receptacle
        Desk_bar__plus_00_dot_89_bar__plus_01_dot_68_bar__plus_01_dot_16 - receptacle
        Drawer_bar__plus_01_dot_10_bar__plus_00_dot_97_bar__minus_02_dot_53 - receptacle
        Dresser_bar__plus_00_dot_24_bar__plus_01_dot_67_bar__minus_01_dot_76 - receptacle
        GarbageCan_bar__minus_00_dot_32_bar__plus_02_dot_56_bar__minus_03_dot_46 - receptacle
        Shelf_bar__plus_02_dot_09_bar__plus_02_dot_75_bar__minus_00_dot_02 - receptacle
        Shelf_bar__minus_02_dot_68_bar__plus_02_dot_22_bar__plus_02_dot_16 - receptacle
        loc_bar_0_bar__minus_4_bar_2_bar_15 - location
        loc_bar_2_bar_5_bar_2_bar_45 - location
        loc_bar_4_bar_3_bar_1_bar_60 - location
        loc_bar_7_bar_6_bar_2_bar_30 - location
        loc_bar_8_bar_3_bar_0_bar_0 - location
        loc_bar__minus_1_bar__minus_6_bar_2_bar_30 - location
        loc_bar__minus_4_bar__minus_8_bar_3_bar_15 - location
        loc_bar__minus_7_bar__minus_4_bar_0_bar_30 - location
    )
    (:init
        (atLocation agent1 loc_bar__minus_1_bar__minus_6_bar_2_bar_30)
        (receptacleType Bed_bar__plus_03_dot_07_bar__plus_01_dot_17_bar__plus_00_dot_54 BedType)
        (receptacleAtLocation Bed_bar__plus_03_dot_07_bar__plus_01_dot_17_bar__plus_00_dot_54 loc_bar_2_bar_5_bar_2_bar_45)
        (receptacleType Desk_bar__plus_00_dot_89_bar__plus_01_dot_68_bar__plus_01_dot_16 DeskType)
        (receptacleAtLocation Desk_bar__plus_00_dot_89_bar__plus_01_dot_68_bar__plus_01_dot_16 loc_bar__minus_4_bar__minus_8_bar_3_bar_15)
        (receptacleType Drawer_bar__plus_01_dot_10_bar__plus_00_dot_97_bar__minus_02_dot_53 DrawerType)
        (receptacleAtLocation Drawer_bar__plus_01_dot_10_bar__plus_00_dot_97_bar__minus_02_dot_53 loc_bar_7_bar_6_bar_2_bar_30)
        (openable Drawer_bar__plus_01_dot_10_bar__plus_00_dot_97_bar__minus_02_dot_53)
        (receptacleType Dresser_bar__plus_00_dot_24_bar__plus_01_dot_67_bar__minus_01_dot_76 DresserType)
        (receptacleAtLocation Dresser_bar__plus_00_dot_24_bar__plus_01_dot_67_bar__minus_01_dot_76 loc_bar_0_bar__minus_4_bar_2_bar_15)
        (receptacleType GarbageCan_bar__minus_00_dot_32_bar__plus_02_dot_56_bar__minus_03_dot_46 GarbageCanType)
        (receptacleAtLocation GarbageCan_bar__minus_00_dot_32_bar__plus_02_dot_56_bar__minus_03_dot_46 loc_bar__minus_7_bar__minus_4_bar_0_bar_30)
        (receptacleType Shelf_bar__plus_02_dot_09_bar__plus_02_dot_75_bar__minus_00_dot_02 ShelfType)
        (receptacleAtLocation Shelf_bar__plus_02_dot_09_bar__plus_02_dot_75_bar__minus_00_dot_02 loc_bar_4_bar_3_bar_1_bar_60)
        (receptacleType Shelf_bar__minus_02_dot_68_bar__plus_02_dot_22_bar__plus_02_dot_16 ShelfType)
        (receptacleAtLocation Shelf_bar__minus_02_dot_68_bar__plus_02_dot_22_bar__plus_02_dot_16 loc_bar_8_bar_3_bar_0_bar_0)
        (objectType TennisRacket_bar__plus_02_dot_84_bar__plus_02_dot_60_bar__plus_02_dot_91 TennisRacketType)
        (pickupable TennisRacket_bar__plus_02_dot_84_bar__plus_02_dot_60_bar__plus_02_dot_91)
        (inReceptacle TennisRacket_bar__plus_02_dot_84_bar__plus_02_dot_60_bar__plus_02_dot_91 Bed_bar__plus_03_dot_07_bar__plus_01_dot_17_bar__plus_00_dot_54)
        (objectAtLocation TennisRacket_bar__plus_02_dot_84_bar__plus_02_dot_60_bar__plus_02_dot_91 loc_bar_2_bar_5_bar_2_bar_45)
        (objectType TennisRacket_bar__plus_03_dot_07_bar__plus_00_dot_65_bar__plus_02_dot_08 TennisRacketType)
        (pickupable TennisRacket_bar__plus_03_dot_07_bar__plus_00_dot_65_bar__plus_02_dot_08)
        (inReceptacle TennisRacket_bar__plus_03_dot_07_bar__plus_00_dot_65_bar__plus_02_dot_08 Desk_bar__plus_00_dot_89_bar__plus_01_dot_68_bar__plus_01_dot_16)
        (objectAtLocation TennisRacket_bar__plus_03_dot_07_bar__plus_00_dot_65_bar__plus_02_dot_08 loc_bar__minus_4_bar__minus_8_bar_3_bar_15)
        (objectType Pillow_bar__minus_00_dot_33_bar__plus_02_dot_69_bar__minus_00_dot_15 PillowType)
        (pickupable Pillow_bar__minus_00_dot_33_bar__plus_02_dot_69_bar__minus_00_dot_15)
        (inReceptacle Pillow_bar__minus_00_dot_33_bar__plus_02_dot_69_bar__minus_00_dot_15 Bed_bar__plus_03_dot_07_bar__plus_01_dot_17_bar__plus_00_dot_54)
        (objectAtLocation Pillow_bar__minus_00_dot_33_bar__plus_02_dot_69_bar__minus_00_dot_15 loc_bar_2_bar_5_bar_2_bar_45)
        (objectType CellPhone_bar__plus_03_dot_02_bar__plus_02_dot_56_bar__plus_02_dot_55 CellPhoneType)
        (pickupable CellPhone_bar__plus_03_dot_02_bar__plus_02_dot_56_bar__plus_02_dot_55)
        (inReceptacle CellPhone_bar__plus_03_dot_02_bar__plus_02_dot_56_bar__plus_02_dot_55 Bed_bar__plus_03_dot_07_bar__plus_01_dot_17_bar__plus_00_dot_54)
        (objectAtLocation CellPhone_bar__plus_03_dot_02_bar__plus_02_dot_56_bar__plus_02_dot_55 loc_bar_2_bar_5_bar_2_bar_45)
        (objectType CreditCard_bar__minus_03_dot_19_bar__plus_03_dot_21_bar__plus_02_dot_39 CreditCardType)
        (pickupable CreditCard_bar__minus_03_dot_19_bar__plus_03_dot_21_bar__plus_02_dot_39)
        (inReceptacle CreditCard_bar__minus_03_dot_19_bar__plus_03_dot_21_bar__plus_02_dot_39 Dresser_bar__plus_00_dot_24_bar__plus_01_dot_67_bar__minus_01_dot_76)
        (objectAtLocation CreditCard_bar__minus_03_dot_19_bar__plus_03_dot_21_bar__plus_02_dot_39 loc_bar_0_bar__minus_4_bar_2_bar_15)
        (objectType BaseballBat_bar__minus_03_dot_06_bar__plus_01_dot_79_bar__plus_02_dot_03 BaseballBatType)
        (pickupable BaseballBat_bar__minus_03_dot_06_bar__plus_01_dot_79_bar__plus_02_dot_03)
        (inReceptacle BaseballBat_bar__minus_03_dot_06_bar__plus_01_dot_79_bar__plus_02_dot_03 Bed_bar__plus_03_dot_07_bar__plus_01_dot_17_bar__plus_00_dot_54)
        (objectAtLocation BaseballBat_bar__minus_03_dot_06_bar__plus_01_dot_79_bar__plus_02_dot_03 loc_bar_2_bar_5_bar_2_bar_45)
        (objectType BasketBall_bar__minus_01_dot_60_bar__plus_03_dot_34_bar__plus_03_dot_32 BasketBallType)
        (pickupable BasketBall_bar__minus_01_dot_60_bar__plus_03_dot_34_bar__plus_03_dot_32)
        (inReceptacle BasketBall_bar__minus_01_dot_60_bar__plus_03_dot_34_bar__plus_03_dot_32 Dresser_bar__plus_00_dot_24_bar__plus_01_dot_67_bar__minus_01_dot_76)
        (objectAtLocation BasketBall_bar__minus_01_dot_60_bar__plus_03_dot_34_bar__plus_03_dot_32 loc_bar_0_bar__minus_4_bar_2_bar_15)
        (objectType DeskLamp_bar__minus_00_dot_31_bar__plus_02_dot_05_bar__minus_01_dot_50 DeskLampType)
        (toggleable DeskLamp_bar__minus_00_dot_31_bar__plus_02_dot_05_bar__minus_01_dot_50)
        (inReceptacle DeskLamp_bar__minus_00_dot_31_bar__plus_02_dot_05_bar__minus_01_dot_50 Desk_bar__plus_00_dot_89_bar__plus_01_dot_68_bar__plus_01_dot_16)
        (objectAtLocation DeskLamp_bar__minus_00_dot_31_bar__plus_02_dot_05_bar__minus_01_dot_50 loc_bar__minus_4_bar__minus_8_bar_3_bar_15)
        (canContain BedType BaseballBatType)
        (canContain BedType BasketBallType)
        (canContain BedType CellPhoneType)
        (canContain BedType PillowType)
        (canContain BedType TennisRacketType)
        (canContain DeskType BasketBallType)
        (canContain DeskType CellPhoneType)
        (canContain DeskType CreditCardType)
        (canContain DeskType TennisRacketType)
        (canContain DrawerType CellPhoneType)
        (canContain DrawerType CreditCardType)
        (canContain DresserType BasketBallType)
        (canContain DresserType CellPhoneType)
        (canContain DresserType CreditCardType)
        (canContain DresserType TennisRacketType)
        (canContain ShelfType CellPhoneType)
        (canContain ShelfType CreditCardType)
    )
(:goal
             (and
                 (exists (?ot - object
                          ?r - receptacle
                          ?a - agent
                          ?l - location)
                     (and
                         (objectType ?ot DeskLampType)
                         (toggleable ?ot)
                         (isToggled ?ot)
                         (receptacleAtLocation ?r ?l)
                         (atLocation ?a ?l)
                         (inReceptacle ?ot ?r)
                     )
                 )
                 (exists (?o - object
                          ?a - agent)
                     (and
                         (objectType ?o TennisRacketType)
                         (holds ?a ?o)
                     )
                 )
             )
        )
    )
