(define (problem plan_trial_T20190514_155026_139482)
    (:domain alfred)
    (:objects
        agent1 - agent
        BoxType - otype
        ButterKnifeType - otype
        CandleType - otype
        CreditCardType - otype
        DeskLampType - otype
        KnifeType - otype
        PillowType - otype
        StatueType - otype
        VaseType - otype
        ArmChairType - rtype
        CabinetType - rtype
        CoffeeTableType - rtype
        DresserType - rtype
        FridgeType - rtype
        GarbageCanType - rtype
        MicrowaveType - rtype
        ShelfType - rtype
        SideTableType - rtype
        SinkBasinType - rtype
        SofaType - rtype
        Vase_bar__plus_00_dot_72_bar__plus_01_dot_83_bar__plus_00_dot_04 - object
        Vase_bar__plus_01_dot_32_bar__plus_01_dot_52_bar__minus_02_dot_05 - object
        CreditCard_bar__minus_01_dot_42_bar__plus_02_dot_56_bar__plus_03_dot_25 - object
        Statue_bar__plus_01_dot_38_bar__plus_02_dot_73_bar__plus_00_dot_59 - object
        Box_bar__plus_01_dot_11_bar__plus_02_dot_77_bar__plus_02_dot_99 - object
        Candle_bar__minus_00_dot_69_bar__plus_01_dot_75_bar__minus_00_dot_62 - object
        Pillow_bar__minus_02_dot_56_bar__plus_01_dot_55_bar__plus_00_dot_97 - object
        DeskLamp_bar__plus_00_dot_62_bar__plus_00_dot_49_bar__plus_02_dot_58 - object
        ArmChair_bar__plus_00_dot_23_bar__plus_01_dot_31_bar__minus_02_dot_61 - receptacle
        Cabinet_bar__minus_03_dot_23_bar__plus_00_dot_63_bar__plus_01_dot_93 - receptacle
        CoffeeTable_bar__minus_01_dot_87_bar__plus_02_dot_61_bar__plus_02_dot_93 - receptacle
        Dresser_bar__minus_02_dot_29_bar__plus_01_dot_79_bar__plus_00_dot_79 - receptacle
        GarbageCan_bar__minus_01_dot_41_bar__plus_00_dot_19_bar__plus_02_dot_81 - receptacle
        Shelf_bar__plus_01_dot_69_bar__plus_02_dot_51_bar__minus_02_dot_73 - receptacle
        SideTable_bar__minus_00_dot_51_bar__plus_02_dot_94_bar__minus_03_dot_12 - receptacle
        Sofa_bar__minus_00_dot_69_bar__plus_02_dot_76_bar__minus_03_dot_19 - receptacle
        loc_bar_3_bar__minus_5_bar_3_bar_0 - location
        loc_bar_4_bar_1_bar_0_bar__minus_30 - location
        loc_bar_6_bar__minus_3_bar_3_bar_45 - location
        loc_bar_7_bar_3_bar_1_bar_60 - location
        loc_bar_7_bar__minus_9_bar_1_bar_15 - location
        loc_bar__minus_2_bar_0_bar_0_bar_30 - location
        loc_bar__minus_5_bar_6_bar_3_bar_30 - location
        loc_bar__minus_7_bar_4_bar_2_bar_60 - location
        loc_bar__minus_9_bar_2_bar_0_bar_60 - location
    )
    (:init
        (atLocation agent1 loc_bar_3_bar__minus_5_bar_3_bar_0)
        (receptacleType ArmChair_bar__plus_00_dot_23_bar__plus_01_dot_31_bar__minus_02_dot_61 ArmChairType)
        (receptacleAtLocation ArmChair_bar__plus_00_dot_23_bar__plus_01_dot_31_bar__minus_02_dot_61 loc_bar__minus_2_bar_0_bar_0_bar_30)
        (receptacleType Cabinet_bar__minus_03_dot_23_bar__plus_00_dot_63_bar__plus_01_dot_93 CabinetType)
        (receptacleAtLocation Cabinet_bar__minus_03_dot_23_bar__plus_00_dot_63_bar__plus_01_dot_93 loc_bar_7_bar__minus_9_bar_1_bar_15)
        (openable Cabinet_bar__minus_03_dot_23_bar__plus_00_dot_63_bar__plus_01_dot_93)
        (receptacleType CoffeeTable_bar__minus_01_dot_87_bar__plus_02_dot_61_bar__plus_02_dot_93 CoffeeTableType)
        (receptacleAtLocation CoffeeTable_bar__minus_01_dot_87_bar__plus_02_dot_61_bar__plus_02_dot_93 loc_bar_4_bar_1_bar_0_bar__minus_30)
        (receptacleType Dresser_bar__minus_02_dot_29_bar__plus_01_dot_79_bar__plus_00_dot_79 DresserType)
        (receptacleAtLocation Dresser_bar__minus_02_dot_29_bar__plus_01_dot_79_bar__plus_00_dot_79 loc_bar__minus_9_bar_2_bar_0_bar_60)
        (receptacleType GarbageCan_bar__minus_01_dot_41_bar__plus_00_dot_19_bar__plus_02_dot_81 GarbageCanType)
        (receptacleAtLocation GarbageCan_bar__minus_01_dot_41_bar__plus_00_dot_19_bar__plus_02_dot_81 loc_bar_7_bar_3_bar_1_bar_60)
        (receptacleType Shelf_bar__plus_01_dot_69_bar__plus_02_dot_51_bar__minus_02_dot_73 ShelfType)
        (receptacleAtLocation Shelf_bar__plus_01_dot_69_bar__plus_02_dot_51_bar__minus_02_dot_73 loc_bar__minus_5_bar_6_bar_3_bar_30)
        (receptacleType SideTable_bar__minus_00_dot_51_bar__plus_02_dot_94_bar__minus_03_dot_12 SideTableType)
        (receptacleAtLocation SideTable_bar__minus_00_dot_51_bar__plus_02_dot_94_bar__minus_03_dot_12 loc_bar__minus_7_bar_4_bar_2_bar_60)
        (receptacleType Sofa_bar__minus_00_dot_69_bar__plus_02_dot_76_bar__minus_03_dot_19 SofaType)
        (receptacleAtLocation Sofa_bar__minus_00_dot_69_bar__plus_02_dot_76_bar__minus_03_dot_19 loc_bar_6_bar__minus_3_bar_3_bar_45)
        (objectType Vase_bar__plus_00_dot_72_bar__plus_01_dot_83_bar__plus_00_dot_04 VaseType)
        (pickupable Vase_bar__plus_00_dot_72_bar__plus_01_dot_83_bar__plus_00_dot_04)
        (inReceptacle Vase_bar__plus_00_dot_72_bar__plus_01_dot_83_bar__plus_00_dot_04 SideTable_bar__minus_00_dot_51_bar__plus_02_dot_94_bar__minus_03_dot_12)
        (objectAtLocation Vase_bar__plus_00_dot_72_bar__plus_01_dot_83_bar__plus_00_dot_04 loc_bar__minus_7_bar_4_bar_2_bar_60)
        (objectType Vase_bar__plus_01_dot_32_bar__plus_01_dot_52_bar__minus_02_dot_05 VaseType)
        (pickupable Vase_bar__plus_01_dot_32_bar__plus_01_dot_52_bar__minus_02_dot_05)
        (inReceptacle Vase_bar__plus_01_dot_32_bar__plus_01_dot_52_bar__minus_02_dot_05 CoffeeTable_bar__minus_01_dot_87_bar__plus_02_dot_61_bar__plus_02_dot_93)
        (objectAtLocation Vase_bar__plus_01_dot_32_bar__plus_01_dot_52_bar__minus_02_dot_05 loc_bar_4_bar_1_bar_0_bar__minus_30)
        (objectType CreditCard_bar__minus_01_dot_42_bar__plus_02_dot_56_bar__plus_03_dot_25 CreditCardType)
        (pickupable CreditCard_bar__minus_01_dot_42_bar__plus_02_dot_56_bar__plus_03_dot_25)
        (inReceptacle CreditCard_bar__minus_01_dot_42_bar__plus_02_dot_56_bar__plus_03_dot_25 SideTable_bar__minus_00_dot_51_bar__plus_02_dot_94_bar__minus_03_dot_12)
        (objectAtLocation CreditCard_bar__minus_01_dot_42_bar__plus_02_dot_56_bar__plus_03_dot_25 loc_bar__minus_7_bar_4_bar_2_bar_60)
        (objectType Statue_bar__plus_01_dot_38_bar__plus_02_dot_73_bar__plus_00_dot_59 StatueType)
        (pickupable Statue_bar__plus_01_dot_38_bar__plus_02_dot_73_bar__plus_00_dot_59)
        (inReceptacle Statue_bar__plus_01_dot_38_bar__plus_02_dot_73_bar__plus_00_dot_59 Dresser_bar__minus_02_dot_29_bar__plus_01_dot_79_bar__plus_00_dot_79)
        (objectAtLocation Statue_bar__plus_01_dot_38_bar__plus_02_dot_73_bar__plus_00_dot_59 loc_bar__minus_9_bar_2_bar_0_bar_60)
        (objectType Box_bar__plus_01_dot_11_bar__plus_02_dot_77_bar__plus_02_dot_99 BoxType)
        (pickupable Box_bar__plus_01_dot_11_bar__plus_02_dot_77_bar__plus_02_dot_99)
        (inReceptacle Box_bar__plus_01_dot_11_bar__plus_02_dot_77_bar__plus_02_dot_99 ArmChair_bar__plus_00_dot_23_bar__plus_01_dot_31_bar__minus_02_dot_61)
        (objectAtLocation Box_bar__plus_01_dot_11_bar__plus_02_dot_77_bar__plus_02_dot_99 loc_bar__minus_2_bar_0_bar_0_bar_30)
        (objectType Candle_bar__minus_00_dot_69_bar__plus_01_dot_75_bar__minus_00_dot_62 CandleType)
        (pickupable Candle_bar__minus_00_dot_69_bar__plus_01_dot_75_bar__minus_00_dot_62)
        (inReceptacle Candle_bar__minus_00_dot_69_bar__plus_01_dot_75_bar__minus_00_dot_62 Dresser_bar__minus_02_dot_29_bar__plus_01_dot_79_bar__plus_00_dot_79)
        (objectAtLocation Candle_bar__minus_00_dot_69_bar__plus_01_dot_75_bar__minus_00_dot_62 loc_bar__minus_9_bar_2_bar_0_bar_60)
        (objectType Pillow_bar__minus_02_dot_56_bar__plus_01_dot_55_bar__plus_00_dot_97 PillowType)
        (pickupable Pillow_bar__minus_02_dot_56_bar__plus_01_dot_55_bar__plus_00_dot_97)
        (inReceptacle Pillow_bar__minus_02_dot_56_bar__plus_01_dot_55_bar__plus_00_dot_97 ArmChair_bar__plus_00_dot_23_bar__plus_01_dot_31_bar__minus_02_dot_61)
        (objectAtLocation Pillow_bar__minus_02_dot_56_bar__plus_01_dot_55_bar__plus_00_dot_97 loc_bar__minus_2_bar_0_bar_0_bar_30)
        (objectType DeskLamp_bar__plus_00_dot_62_bar__plus_00_dot_49_bar__plus_02_dot_58 DeskLampType)
        (toggleable DeskLamp_bar__plus_00_dot_62_bar__plus_00_dot_49_bar__plus_02_dot_58)
        (inReceptacle DeskLamp_bar__plus_00_dot_62_bar__plus_00_dot_49_bar__plus_02_dot_58 Dresser_bar__minus_02_dot_29_bar__plus_01_dot_79_bar__plus_00_dot_79)
        (objectAtLocation DeskLamp_bar__plus_00_dot_62_bar__plus_00_dot_49_bar__plus_02_dot_58 loc_bar__minus_9_bar_2_bar_0_bar_60)
        (canContain ArmChairType BoxType)
        (canContain ArmChairType CreditCardType)
        (canContain ArmChairType PillowType)
        (canContain CabinetType BoxType)
        (canContain CabinetType CandleType)
        (canContain CabinetType VaseType)
        (canContain CoffeeTableType BoxType)
        (canContain CoffeeTableType CandleType)
        (canContain CoffeeTableType CreditCardType)
        (canContain CoffeeTableType StatueType)
        (canContain CoffeeTableType VaseType)
        (canContain DresserType BoxType)
        (canContain DresserType CandleType)
        (canContain DresserType CreditCardType)
        (canContain DresserType StatueType)
        (canContain DresserType VaseType)
        (canContain ShelfType BoxType)
        (canContain ShelfType CandleType)
        (canContain ShelfType CreditCardType)
        (canContain ShelfType StatueType)
        (canContain ShelfType VaseType)
        (canContain SideTableType BoxType)
        (canContain SideTableType CandleType)
        (canContain SideTableType CreditCardType)
        (canContain SideTableType StatueType)
        (canContain SideTableType VaseType)
        (canContain SofaType BoxType)
        (canContain SofaType CreditCardType)
        (canContain SofaType PillowType)
    )
(:goal
            (and
                (exists (?r - receptacle)
                    (exists (?o - object)
                        (and
                            (inReceptacle ?o ?r)
                            (objectType ?o VaseType)
                            (receptacleType ?r ShelfType)
                        )
                    )
                )
            )
        )
    )
