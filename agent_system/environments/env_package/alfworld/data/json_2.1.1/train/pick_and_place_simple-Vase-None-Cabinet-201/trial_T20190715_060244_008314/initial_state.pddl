(define (problem plan_trial_T20190715_060244_008314)
    (:domain alfred)
    (:objects
        agent1 - agent
        ButterKnifeType - otype
        CandleType - otype
        CellPhoneType - otype
        CreditCardType - otype
        DeskLampType - otype
        KnifeType - otype
        NewspaperType - otype
        VaseType - otype
        CabinetType - rtype
        CoffeeTableType - rtype
        FridgeType - rtype
        GarbageCanType - rtype
        MicrowaveType - rtype
        ShelfType - rtype
        SideTableType - rtype
        SinkBasinType - rtype
        SofaType - rtype
        Vase_bar__plus_01_dot_87_bar__plus_00_dot_46_bar__minus_01_dot_19 - object
        Vase_bar__minus_02_dot_67_bar__plus_01_dot_59_bar__minus_02_dot_10 - object
        CreditCard_bar__plus_00_dot_96_bar__plus_02_dot_51_bar__minus_01_dot_47 - object
        Newspaper_bar__minus_02_dot_34_bar__plus_02_dot_92_bar__minus_03_dot_28 - object
        Candle_bar__plus_03_dot_32_bar__plus_03_dot_12_bar__plus_00_dot_13 - object
        CellPhone_bar__minus_00_dot_04_bar__plus_02_dot_36_bar__plus_03_dot_19 - object
        DeskLamp_bar__minus_00_dot_74_bar__plus_00_dot_47_bar__plus_00_dot_98 - object
        Cabinet_bar__minus_01_dot_56_bar__plus_01_dot_19_bar__plus_02_dot_71 - receptacle
        CoffeeTable_bar__plus_02_dot_85_bar__plus_03_dot_02_bar__minus_00_dot_75 - receptacle
        GarbageCan_bar__minus_01_dot_27_bar__plus_01_dot_16_bar__minus_00_dot_91 - receptacle
        Shelf_bar__plus_02_dot_90_bar__plus_03_dot_50_bar__plus_01_dot_32 - receptacle
        SideTable_bar__minus_02_dot_73_bar__plus_00_dot_93_bar__minus_03_dot_42 - receptacle
        SideTable_bar__plus_02_dot_85_bar__plus_00_dot_64_bar__minus_03_dot_31 - receptacle
        Sofa_bar__plus_02_dot_73_bar__plus_00_dot_36_bar__plus_02_dot_77 - receptacle
        loc_bar_0_bar_0_bar_2_bar_30 - location
        loc_bar_1_bar__minus_7_bar_1_bar_0 - location
        loc_bar_6_bar__minus_1_bar_1_bar_15 - location
        loc_bar_7_bar__minus_2_bar_1_bar__minus_30 - location
        loc_bar_9_bar_4_bar_0_bar_30 - location
        loc_bar_9_bar__minus_4_bar_2_bar_0 - location
        loc_bar__minus_6_bar_9_bar_3_bar_45 - location
        loc_bar__minus_7_bar_8_bar_1_bar_0 - location
    )
    (:init
        (atLocation agent1 loc_bar_9_bar__minus_4_bar_2_bar_0)
        (receptacleType Cabinet_bar__minus_01_dot_56_bar__plus_01_dot_19_bar__plus_02_dot_71 CabinetType)
        (receptacleAtLocation Cabinet_bar__minus_01_dot_56_bar__plus_01_dot_19_bar__plus_02_dot_71 loc_bar__minus_7_bar_8_bar_1_bar_0)
        (openable Cabinet_bar__minus_01_dot_56_bar__plus_01_dot_19_bar__plus_02_dot_71)
        (receptacleType CoffeeTable_bar__plus_02_dot_85_bar__plus_03_dot_02_bar__minus_00_dot_75 CoffeeTableType)
        (receptacleAtLocation CoffeeTable_bar__plus_02_dot_85_bar__plus_03_dot_02_bar__minus_00_dot_75 loc_bar__minus_6_bar_9_bar_3_bar_45)
        (receptacleType GarbageCan_bar__minus_01_dot_27_bar__plus_01_dot_16_bar__minus_00_dot_91 GarbageCanType)
        (receptacleAtLocation GarbageCan_bar__minus_01_dot_27_bar__plus_01_dot_16_bar__minus_00_dot_91 loc_bar_0_bar_0_bar_2_bar_30)
        (receptacleType Shelf_bar__plus_02_dot_90_bar__plus_03_dot_50_bar__plus_01_dot_32 ShelfType)
        (receptacleAtLocation Shelf_bar__plus_02_dot_90_bar__plus_03_dot_50_bar__plus_01_dot_32 loc_bar_9_bar_4_bar_0_bar_30)
        (receptacleType SideTable_bar__minus_02_dot_73_bar__plus_00_dot_93_bar__minus_03_dot_42 SideTableType)
        (receptacleAtLocation SideTable_bar__minus_02_dot_73_bar__plus_00_dot_93_bar__minus_03_dot_42 loc_bar_1_bar__minus_7_bar_1_bar_0)
        (receptacleType SideTable_bar__plus_02_dot_85_bar__plus_00_dot_64_bar__minus_03_dot_31 SideTableType)
        (receptacleAtLocation SideTable_bar__plus_02_dot_85_bar__plus_00_dot_64_bar__minus_03_dot_31 loc_bar_7_bar__minus_2_bar_1_bar__minus_30)
        (receptacleType Sofa_bar__plus_02_dot_73_bar__plus_00_dot_36_bar__plus_02_dot_77 SofaType)
        (receptacleAtLocation Sofa_bar__plus_02_dot_73_bar__plus_00_dot_36_bar__plus_02_dot_77 loc_bar_6_bar__minus_1_bar_1_bar_15)
        (objectType Vase_bar__plus_01_dot_87_bar__plus_00_dot_46_bar__minus_01_dot_19 VaseType)
        (pickupable Vase_bar__plus_01_dot_87_bar__plus_00_dot_46_bar__minus_01_dot_19)
        (inReceptacle Vase_bar__plus_01_dot_87_bar__plus_00_dot_46_bar__minus_01_dot_19 SideTable_bar__minus_02_dot_73_bar__plus_00_dot_93_bar__minus_03_dot_42)
        (objectAtLocation Vase_bar__plus_01_dot_87_bar__plus_00_dot_46_bar__minus_01_dot_19 loc_bar_1_bar__minus_7_bar_1_bar_0)
        (objectType Vase_bar__minus_02_dot_67_bar__plus_01_dot_59_bar__minus_02_dot_10 VaseType)
        (pickupable Vase_bar__minus_02_dot_67_bar__plus_01_dot_59_bar__minus_02_dot_10)
        (inReceptacle Vase_bar__minus_02_dot_67_bar__plus_01_dot_59_bar__minus_02_dot_10 SideTable_bar__minus_02_dot_73_bar__plus_00_dot_93_bar__minus_03_dot_42)
        (objectAtLocation Vase_bar__minus_02_dot_67_bar__plus_01_dot_59_bar__minus_02_dot_10 loc_bar_1_bar__minus_7_bar_1_bar_0)
        (objectType CreditCard_bar__plus_00_dot_96_bar__plus_02_dot_51_bar__minus_01_dot_47 CreditCardType)
        (pickupable CreditCard_bar__plus_00_dot_96_bar__plus_02_dot_51_bar__minus_01_dot_47)
        (inReceptacle CreditCard_bar__plus_00_dot_96_bar__plus_02_dot_51_bar__minus_01_dot_47 SideTable_bar__minus_02_dot_73_bar__plus_00_dot_93_bar__minus_03_dot_42)
        (objectAtLocation CreditCard_bar__plus_00_dot_96_bar__plus_02_dot_51_bar__minus_01_dot_47 loc_bar_1_bar__minus_7_bar_1_bar_0)
        (objectType Newspaper_bar__minus_02_dot_34_bar__plus_02_dot_92_bar__minus_03_dot_28 NewspaperType)
        (pickupable Newspaper_bar__minus_02_dot_34_bar__plus_02_dot_92_bar__minus_03_dot_28)
        (inReceptacle Newspaper_bar__minus_02_dot_34_bar__plus_02_dot_92_bar__minus_03_dot_28 GarbageCan_bar__minus_01_dot_27_bar__plus_01_dot_16_bar__minus_00_dot_91)
        (objectAtLocation Newspaper_bar__minus_02_dot_34_bar__plus_02_dot_92_bar__minus_03_dot_28 loc_bar_0_bar_0_bar_2_bar_30)
        (objectType Candle_bar__plus_03_dot_32_bar__plus_03_dot_12_bar__plus_00_dot_13 CandleType)
        (pickupable Candle_bar__plus_03_dot_32_bar__plus_03_dot_12_bar__plus_00_dot_13)
        (inReceptacle Candle_bar__plus_03_dot_32_bar__plus_03_dot_12_bar__plus_00_dot_13 SideTable_bar__minus_02_dot_73_bar__plus_00_dot_93_bar__minus_03_dot_42)
        (objectAtLocation Candle_bar__plus_03_dot_32_bar__plus_03_dot_12_bar__plus_00_dot_13 loc_bar_1_bar__minus_7_bar_1_bar_0)
        (objectType CellPhone_bar__minus_00_dot_04_bar__plus_02_dot_36_bar__plus_03_dot_19 CellPhoneType)
        (pickupable CellPhone_bar__minus_00_dot_04_bar__plus_02_dot_36_bar__plus_03_dot_19)
        (inReceptacle CellPhone_bar__minus_00_dot_04_bar__plus_02_dot_36_bar__plus_03_dot_19 SideTable_bar__minus_02_dot_73_bar__plus_00_dot_93_bar__minus_03_dot_42)
        (objectAtLocation CellPhone_bar__minus_00_dot_04_bar__plus_02_dot_36_bar__plus_03_dot_19 loc_bar_1_bar__minus_7_bar_1_bar_0)
        (objectType DeskLamp_bar__minus_00_dot_74_bar__plus_00_dot_47_bar__plus_00_dot_98 DeskLampType)
        (toggleable DeskLamp_bar__minus_00_dot_74_bar__plus_00_dot_47_bar__plus_00_dot_98)
        (inReceptacle DeskLamp_bar__minus_00_dot_74_bar__plus_00_dot_47_bar__plus_00_dot_98 SideTable_bar__minus_02_dot_73_bar__plus_00_dot_93_bar__minus_03_dot_42)
        (objectAtLocation DeskLamp_bar__minus_00_dot_74_bar__plus_00_dot_47_bar__plus_00_dot_98 loc_bar_1_bar__minus_7_bar_1_bar_0)
        (canContain CabinetType CandleType)
        (canContain CabinetType NewspaperType)
        (canContain CabinetType VaseType)
        (canContain CoffeeTableType CandleType)
        (canContain CoffeeTableType CellPhoneType)
        (canContain CoffeeTableType CreditCardType)
        (canContain CoffeeTableType NewspaperType)
        (canContain CoffeeTableType VaseType)
        (canContain GarbageCanType NewspaperType)
        (canContain ShelfType CandleType)
        (canContain ShelfType CellPhoneType)
        (canContain ShelfType CreditCardType)
        (canContain ShelfType NewspaperType)
        (canContain ShelfType VaseType)
        (canContain SideTableType CandleType)
        (canContain SideTableType CellPhoneType)
        (canContain SideTableType CreditCardType)
        (canContain SideTableType NewspaperType)
        (canContain SideTableType VaseType)
        (canContain SofaType CellPhoneType)
        (canContain SofaType CreditCardType)
        (canContain SofaType NewspaperType)
    )
(:goal
            (and
                (exists (?r - receptacle)
                    (exists (?o - object)
                        (and
                            (inReceptacle ?o ?r)
                            (objectType ?o VaseType)
                            (receptacleType ?r CabinetType)
                        )
                    )
                )
            )
        )
    )
